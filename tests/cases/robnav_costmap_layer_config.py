# case: layered costmap combines static, obstacle and inflation layers with weights read from a config dict and a Python-bool flag for the unknown-as-lethal option -> static, compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

LAYER_CFG = {"static": 1.0, "obstacle": 1.0, "inflation": 0.6, "unknown_cost": 200.0}


class LayeredCostmap(nn.Cell):
    def __init__(self, cfg=None, unknown_is_lethal=False):
        super().__init__()
        cfg = LAYER_CFG if cfg is None else cfg
        self.w_static = cfg["static"]
        self.w_obs = cfg["obstacle"]
        self.w_infl = cfg["inflation"]
        self.unknown_cost = 254.0 if unknown_is_lethal else cfg["unknown_cost"]

    def construct(self, static_layer, obstacle_layer, inflation_layer, unknown_mask):
        cost = ops.maximum(self.w_static * static_layer, self.w_obs * obstacle_layer)
        cost = ops.maximum(cost, self.w_infl * inflation_layer)
        cost = ops.where(unknown_mask, ops.full_like(cost, self.unknown_cost), cost)
        return ops.clamp(cost, 0.0, 254.0)


def make():
    np.random.seed(39)
    s = (np.random.rand(12, 12) > 0.9).astype(np.float32) * 254
    o = (np.random.rand(12, 12) > 0.9).astype(np.float32) * 254
    i = np.random.rand(12, 12).astype(np.float32) * 200
    u = np.random.rand(12, 12) > 0.8
    return LayeredCostmap(), (Tensor(s), Tensor(o), Tensor(i), Tensor(u))
