# case: delivery route time predictor scores every padded leg and masks legs beyond the tensor stop count by multiplication, cumulative ETA via cumsum -> fixed shapes, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RouteTimePredictor(nn.Cell):
    def __init__(self, n_feat=6, max_stops=12):
        super().__init__()
        self.fc = nn.Dense(n_feat, 1)
        self.stop_index = Tensor(np.arange(max_stops, dtype=np.int32))

    def construct(self, legs, n_stops):
        per_leg = ops.softplus(self.fc(legs)).squeeze(-1)
        valid = (self.stop_index < n_stops).astype(ms.float32)
        per_leg = per_leg * valid
        eta = ops.cumsum(per_leg, axis=0)
        return per_leg.sum(), eta


def make():
    np.random.seed(42)
    legs = Tensor(np.random.rand(12, 6).astype(np.float32))
    n_stops = Tensor(7, ms.int32)
    return RouteTimePredictor(), (legs, n_stops)
