# case: possession tracker that stores the last owning team in self.last_team during construct -> attribute write on self in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PossessionTracker(nn.Cell):
    def __init__(self, control_radius=2.0):
        super().__init__()
        self.control_radius = control_radius
        self.last_team = -1

    def owner(self, player_xy, ball_xy):
        d = ops.norm(player_xy - ball_xy.expand_dims(0), dim=1)
        return d.argmin(), d.min()

    def construct(self, player_xy, team, ball_xy):
        idx, dist = self.owner(player_xy, ball_xy)
        if dist < self.control_radius:
            self.last_team = team[idx]
        return idx, dist


def make():
    np.random.seed(15)
    xy = (np.random.rand(22, 2) * [105, 68]).astype(np.float32)
    team = np.array([0] * 11 + [1] * 11, np.int32)
    ball = Tensor(xy[4] + np.array([0.5, 0.3], np.float32))
    return PossessionTracker(), (Tensor(xy), Tensor(team), ball)
