# case: multi-echelon base-stock levels computed by a CellList of per-echelon Cells looped over in a constant for loop -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EchelonPolicy(nn.Cell):
    def __init__(self, lead_time, z_score):
        super().__init__()
        self.lead_time = lead_time
        self.z_score = z_score

    def construct(self, mean_demand, std_demand):
        base = mean_demand * self.lead_time
        safety = self.z_score * std_demand * (self.lead_time ** 0.5)
        return base + safety


class MultiEchelonPlanner(nn.Cell):
    def __init__(self, lead_times=(2.0, 5.0, 10.0), z_scores=(1.28, 1.65, 2.05)):
        super().__init__()
        self.echelons = nn.CellList([EchelonPolicy(lt, z) for lt, z in zip(lead_times, z_scores)])

    def construct(self, mean_demand, std_demand):
        levels = []
        pooled_std = std_demand
        for echelon in self.echelons:
            levels.append(echelon(mean_demand, pooled_std))
            pooled_std = pooled_std * 0.8
        return ops.stack(levels, axis=0)


def make():
    np.random.seed(38)
    mean_demand = Tensor(np.random.uniform(10, 50, 9).astype(np.float32))
    std_demand = Tensor(np.random.uniform(2, 8, 9).astype(np.float32))
    return MultiEchelonPlanner(), (mean_demand, std_demand)
