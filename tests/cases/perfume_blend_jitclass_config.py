# case: blend optimisation step reads IFRA caps and budget from an @ms.jit_class config object built in __init__, only attributes read in construct -> jit_class read-only, expected static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


@ms.jit_class
class BlendConfig:
    def __init__(self):
        self.budget = 40.0
        self.ifra_cap = 0.3
        self.cost_weight = 0.01


class BlendStep(nn.Cell):
    def __init__(self, n_ingredients=10):
        super().__init__()
        self.cfg = BlendConfig()
        self.logits = Parameter(Tensor(np.zeros(n_ingredients, np.float32)), name="logits")

    def construct(self, price_per_kg, target_profile, odour_matrix):
        ratios = ops.softmax(self.logits, axis=0)
        ratios = ops.clamp(ratios, 0.0, self.cfg.ifra_cap)
        ratios = ratios / ratios.sum()
        cost = (ratios * price_per_kg).sum()
        over = ops.relu(cost - self.cfg.budget)
        profile = ops.matmul(ratios.reshape(1, -1), odour_matrix).reshape(-1)
        loss = ((profile - target_profile) ** 2).mean() + self.cfg.cost_weight * over
        return loss, ratios


def make():
    np.random.seed(102)
    price = Tensor(np.random.rand(10).astype(np.float32) * 100)
    target = Tensor(np.random.rand(6).astype(np.float32))
    om = Tensor(np.random.rand(10, 6).astype(np.float32))
    return BlendStep(), (price, target, om)
