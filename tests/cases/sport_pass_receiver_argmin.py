# case: pick the likely pass receiver as the teammate nearest the ball landing point using argmin over a team mask filled with a large value -> static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ReceiverPicker(nn.Cell):
    def __init__(self, big=1e6):
        super().__init__()
        self.big = big

    def construct(self, player_xy, team, ball_land, passer_team):
        d = ops.norm(player_xy - ball_land.expand_dims(0), dim=1)
        same = ops.equal(team, passer_team)
        masked = ops.select(same, d, ops.full_like(d, self.big))
        receiver = masked.argmin()
        return receiver, masked.min()


def make():
    np.random.seed(13)
    xy = (np.random.rand(22, 2) * [105, 68]).astype(np.float32)
    team = np.array([0] * 11 + [1] * 11, np.int32)
    return ReceiverPicker(), (Tensor(xy), Tensor(team), Tensor(np.array([50.0, 30.0], np.float32)), Tensor(np.array(1, np.int32)))
