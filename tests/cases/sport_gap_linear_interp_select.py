# case: fill missed ball frames by linear interpolation between neighbours, chosen per frame with ops.select on the visibility mask -> static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NeighbourInterpolator(nn.Cell):
    def __init__(self):
        super().__init__()

    def construct(self, track, visible):
        prev_xy = ops.concat([track[:1], track[:-1]], axis=0)
        next_xy = ops.concat([track[1:], track[-1:]], axis=0)
        mid = 0.5 * (prev_xy + next_xy)
        vis = ops.broadcast_to(visible.expand_dims(1), track.shape)
        return ops.select(vis, track, mid)


def make():
    np.random.seed(17)
    track = np.cumsum(np.random.randn(25, 2), axis=0).astype(np.float32)
    vis = np.random.rand(25) > 0.25
    track[~vis] = 0.0
    return NeighbourInterpolator(), (Tensor(track), Tensor(vis))
