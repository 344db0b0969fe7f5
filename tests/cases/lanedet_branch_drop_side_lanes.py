# case: if fewer than three lanes exist keep only the two ego lanes, otherwise return all four; branches on a tensor value return different shapes -> error in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EgoLaneFilter(nn.Cell):
    def __init__(self, exist_thresh=0.5):
        super().__init__()
        self.exist_thresh = exist_thresh

    def construct(self, exist_prob, lane_xs):
        # lane order: left-left, left, right, right-right
        n_exist = (exist_prob > self.exist_thresh).sum()
        if n_exist < 3:
            out = lane_xs[1:3]
        else:
            out = lane_xs
        return out * 1.0


def make():
    np.random.seed(8)
    exist = Tensor(np.array([0.1, 0.9, 0.8, 0.3], np.float32))
    xs = Tensor(np.random.rand(4, 18).astype(np.float32) * 800)
    return EgoLaneFilter(), (exist, xs)
