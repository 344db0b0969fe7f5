# case: score candidate landing fields (distance to chase road, obstacles, wind alignment) and keep the best three after a sort -> jit function with fixed-size slice after sort, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

WEIGHTS = (-0.4, -1.5, 0.8)
KEEP = 3


def field_score(road_km, obstacles, alignment):
    w_road, w_obs, w_align = WEIGHTS
    return w_road * road_km + w_obs * obstacles + w_align * alignment


@ms.jit
def best_fields(road_km, obstacles, alignment):
    score = field_score(road_km, obstacles, alignment)
    sorted_score, order = ops.sort(score, descending=True)
    return sorted_score[:KEEP], order[:KEEP]


def make():
    np.random.seed(201)
    road = Tensor((np.random.rand(9) * 3).astype(np.float32))
    obs = Tensor(np.random.randint(0, 3, size=(9,)).astype(np.float32))
    align = Tensor(np.random.rand(9).astype(np.float32))
    return best_fields, (road, obs, align)
