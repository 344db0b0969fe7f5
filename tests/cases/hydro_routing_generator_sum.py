# case: sums lagged inflows from upstream reaches with a generator expression over a tuple of sub-cells -> generator expression in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LagReach(nn.Cell):
    def __init__(self, lag, attenuation):
        super().__init__()
        self.lag = lag
        self.attenuation = attenuation

    def construct(self, q):
        shifted = ops.concat((ops.zeros_like(q[:, :self.lag]), q[:, :-self.lag]), axis=1)
        return shifted * self.attenuation


class ConfluenceRouter(nn.Cell):
    def __init__(self):
        super().__init__()
        self.reaches = nn.CellList([LagReach(1, 0.9), LagReach(2, 0.8), LagReach(3, 0.7)])

    def construct(self, tributary_flows):
        # tributary_flows: (3, hours)
        total = sum(reach(tributary_flows[i:i + 1]) for i, reach in enumerate(self.reaches))
        return total.squeeze(0)


def make():
    np.random.seed(22)
    flows = np.random.uniform(2.0, 20.0, size=(3, 24)).astype(np.float32)
    return ConfluenceRouter(), (Tensor(flows),)
