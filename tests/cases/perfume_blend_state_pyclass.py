# case: blend optimisation step records the current formula in a plain Python BlendState object created and mutated inside construct and returned -> plain class instance in construct, Graph mode should reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class BlendState:
    def __init__(self, ratios, cost):
        self.ratios = ratios
        self.cost = cost
        self.flagged = False


class BlendStep(nn.Cell):
    def __init__(self, n_ingredients=10, budget=40.0):
        super().__init__()
        self.logits = Parameter(Tensor(np.zeros(n_ingredients, np.float32)), name="logits")
        self.budget = budget

    def construct(self, price_per_kg, target_profile, odour_matrix):
        ratios = ops.softmax(self.logits, axis=0)
        cost = (ratios * price_per_kg).sum()
        state = BlendState(ratios, cost)
        if cost > self.budget:
            state.flagged = True
        profile = ops.matmul(ratios.reshape(1, -1), odour_matrix).reshape(-1)
        loss = ((profile - target_profile) ** 2).mean()
        return loss, state


def make():
    np.random.seed(101)
    price = Tensor(np.random.rand(10).astype(np.float32) * 100)
    target = Tensor(np.random.rand(6).astype(np.float32))
    om = Tensor(np.random.rand(10, 6).astype(np.float32))
    return BlendStep(), (price, target, om)
