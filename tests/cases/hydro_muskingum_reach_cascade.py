# case: Muskingum routing through a cascade of reaches with a constant reach loop and an hour loop from the inflow shape -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MuskingumReach(nn.Cell):
    def __init__(self, k_hours=3.0, x=0.2, dt=1.0):
        super().__init__()
        denom = 2.0 * k_hours * (1.0 - x) + dt
        self.c0 = (dt - 2.0 * k_hours * x) / denom
        self.c1 = (dt + 2.0 * k_hours * x) / denom
        self.c2 = (2.0 * k_hours * (1.0 - x) - dt) / denom

    def construct(self, inflow):
        outflow = [inflow[0]]
        for t in range(1, inflow.shape[0]):
            q = self.c0 * inflow[t] + self.c1 * inflow[t - 1] + self.c2 * outflow[t - 1]
            outflow.append(q)
        return ops.stack(outflow)


class ReachCascade(nn.Cell):
    def __init__(self, n_reaches=3):
        super().__init__()
        self.reaches = nn.CellList([MuskingumReach(k_hours=2.0 + i) for i in range(n_reaches)])

    def construct(self, inflow):
        q = inflow
        for reach in self.reaches:
            q = reach(q)
        return q, q.max() / inflow.max()


def make():
    np.random.seed(35)
    hydrograph = (10.0 + 40.0 * np.exp(-((np.arange(16) - 5.0) ** 2) / 6.0)).astype(np.float32)
    return ReachCascade(), (Tensor(hydrograph),)
