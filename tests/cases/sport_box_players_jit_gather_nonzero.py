# case: jit function that gathers the positions of players inside the penalty box using indices from nonzero -> dynamic shape from nonzero in a jit function
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

BOX_X = 88.5
BOX_Y = (13.84, 54.16)


@ms.jit
def players_in_box(player_xy, speed):
    inside = (player_xy[:, 0] > BOX_X) & (player_xy[:, 1] > BOX_Y[0]) & (player_xy[:, 1] < BOX_Y[1])
    idx = ops.nonzero(inside).reshape(-1)
    xy = ops.gather(player_xy, idx, 0)
    sp = ops.gather(speed, idx, 0)
    return xy, sp.mean()


def make():
    np.random.seed(26)
    xy = (np.random.rand(22, 2) * [105, 68]).astype(np.float32)
    xy[:4, 0] = 95.0
    xy[:4, 1] = 30.0
    speed = (np.random.rand(22) * 8).astype(np.float32)
    return players_in_box, (Tensor(xy), Tensor(speed))
