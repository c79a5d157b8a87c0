"""What a ruled-out kind rules out with it: told "nuts" (an allergy), the model offered almonds;
told "running", "walking or jogging"; told "I don't eat meat" (Ines), "a grilled fish"; told
"I'm coeliac" (Sofia), "whole-grain bread". pipeline.prompting.words_to_avoid adds these words.
"""

from __future__ import annotations

MEAT_DISHES = ("shepherd", "cottage", "bolognese", "burger", "meatball", "kebab", "mince",
               "salami", "pepperoni", "chorizo")
COVERS = {
    "nut": ("peanut", "almond", "cashew", "walnut", "hazelnut", "pistachio", "pecan"),
    "shellfish": ("prawn", "shrimp", "crab", "lobster", "mussel", "oyster", "scallop", "seafood"),
    "dairy": ("milk", "cheese", "yogurt", "yoghurt", "butter", "cream"),
    # ...and dishes made of it: "I don't eat meat" (Ines), then "How about a shepherd's pie?".
    "meat": ("chicken", "beef", "pork", "bacon", "ham", "lamb", "turkey", "sausage", "steak",
             "fish", "salmon", "tuna", "cod", "prawn", "shrimp", "seafood", *MEAT_DISHES),
    # "animal products (vegan)": "What's a quick dinner?" (Tomás) got grilled chicken or fish
    "animal": ("meat", "chicken", "beef", "pork", "bacon", "ham", "lamb", "turkey", "sausage",
               "steak", "fish", "salmon", "tuna", "cod", "prawn", "shrimp", "seafood", "milk",
               "cheese", "yogurt", "yoghurt", "butter", "cream", "egg", "honey", "feta",
               "mozzarella", "parmesan", "omelette", "frittata", "quiche", "mayonnaise",
               *MEAT_DISHES),
    "fish": ("salmon", "tuna", "cod", "prawn", "shrimp"),
    "gluten": ("bread", "pasta", "wheat", "barley", "rye", "couscous", "noodle", "pizza", "toast",
               "sandwich", "flour", "pastry", "cake", "biscuit", "cracker", "bagel", "wrap",
               "croissant", "beer", "baguette", "pie", "spaghetti", "lasagne", "lasagna"),
    # "I can't eat anything spicy" (Margaret), and a dinner idea may be a curry.
    "spicy": ("chilli", "chili", "curry", "jalapeño", "jalapeno", "sriracha", "vindaloo", "cajun",
              "harissa", "peri"),
    "running": ("jogging", "jog"),
    "walk": ("walking", "hike", "hiking", "trek", "trekking"),
    "hike": ("hiking", "trek"),
    "stair": ("steps", "climb", "climbing"),
    "hill": ("hike", "hiking", "climb"),
    "alcohol": ("wine", "beer", "cocktail", "whisky", "whiskey", "vodka", "gin", "rum", "prosecco",
                "champagne", "pint", "pub", "booze", "cider", "lager", "mojito", "margarita",
                "sangria"),
    # "How about a banana split with whipped topping?" when "cream" was ruled out
    "sugary": ("sugar", "chocolate", "caramel", "candy", "sweets", "fudge", "syrup", "cream",
               "toffee", "marshmallow", "whipped", "topping", "split", "cake", "brownie", "cookie",
               "pudding", "sundae", "doughnut", "donut", "muffin"),
}
