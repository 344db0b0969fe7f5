# case: flow model with Python-bool constructor flags (rush-hour correction, weekday embedding) branching in construct -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FlowCorrection(nn.Cell):
    def __init__(self, num_nodes=6, rush_hour=True, use_weekday=False, weekday_dim=3):
        super().__init__()
        self.rush_hour = rush_hour
        self.use_weekday = use_weekday
        self.base = nn.Dense(num_nodes, num_nodes)
        self.rush_scale = ms.Parameter(Tensor(np.ones(num_nodes, np.float32) * 1.2), name="rush_scale")
        if use_weekday:
            self.weekday = nn.Embedding(7, weekday_dim)
            self.weekday_proj = nn.Dense(weekday_dim, num_nodes)

    def construct(self, flow, weekday=None):
        out = self.base(flow)
        if self.rush_hour:
            out = out * self.rush_scale
        if self.use_weekday and weekday is not None:
            out = out + self.weekday_proj(self.weekday(weekday))
        return out


def make():
    np.random.seed(13)
    flow = Tensor(np.random.rand(4, 6).astype(np.float32))
    return FlowCorrection(), (flow,)
