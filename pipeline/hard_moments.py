"""The steers for the hardest moments people bring, tried before all others by
``pipeline.steers``: a death and its days, trauma, memory loss, unfair treatment, a home split,
exam pressure and a life gone quiet."""

from __future__ import annotations

from pipeline.dementia_steers import DEMENTIA_MOMENTS
from pipeline.loss_steers import LOSS_MOMENTS
from pipeline.pressure_steers import PRESSURE_MOMENTS
from pipeline.split_home_steers import SPLIT_MOMENTS
from pipeline.trauma_steers import TRAUMA_MOMENTS
from pipeline.unfair_steers import UNFAIR_MOMENTS

HARD_MOMENTS = (*LOSS_MOMENTS, *TRAUMA_MOMENTS, *DEMENTIA_MOMENTS, *UNFAIR_MOMENTS,
                *SPLIT_MOMENTS, *PRESSURE_MOMENTS)
