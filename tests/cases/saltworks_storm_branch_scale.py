# case: after a rain event, if mean pond dilution is large the pumping plan is scaled up, otherwise left as is -> tensor-valued if with same-shaped branches, expect a static graph with control flow
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RainDilutionAdjuster(nn.Cell):
    def __init__(self, dilution_limit=0.02, boost=1.5):
        super().__init__()
        self.dilution_limit = dilution_limit
        self.boost = boost

    def dilution(self, density_before, density_after):
        return (density_before - density_after) / density_before

    def construct(self, density_before, density_after, pump_plan_m3):
        d = self.dilution(density_before, density_after)
        if d.mean() > self.dilution_limit:
            plan = pump_plan_m3 * self.boost
        else:
            plan = pump_plan_m3
        return plan, d.mean()


def make():
    np.random.seed(30)
    before = Tensor(np.random.uniform(1.15, 1.22, size=(5, 8)).astype(np.float32))
    after = before - Tensor(np.random.uniform(0.01, 0.06, size=(5, 8)).astype(np.float32))
    plan = Tensor(np.random.uniform(100.0, 400.0, size=(5, 8)).astype(np.float32))
    return RainDilutionAdjuster(), (before, after, plan)
