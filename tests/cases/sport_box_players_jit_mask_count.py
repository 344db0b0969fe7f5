# case: jit function that counts and averages speed of players inside the penalty box with a float mask instead of indexing -> static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

BOX_X = 88.5
BOX_Y = (13.84, 54.16)


@ms.jit
def box_pressure(player_xy, speed):
    inside = (player_xy[:, 0] > BOX_X) & (player_xy[:, 1] > BOX_Y[0]) & (player_xy[:, 1] < BOX_Y[1])
    m = inside.astype(ms.float32)
    n = m.sum()
    mean_speed = (speed * m).sum() / ops.maximum(n, Tensor(1.0, ms.float32))
    return n, mean_speed


def make():
    np.random.seed(27)
    xy = (np.random.rand(22, 2) * [105, 68]).astype(np.float32)
    xy[:4, 0] = 95.0
    xy[:4, 1] = 30.0
    speed = (np.random.rand(22) * 8).astype(np.float32)
    return box_pressure, (Tensor(xy), Tensor(speed))
