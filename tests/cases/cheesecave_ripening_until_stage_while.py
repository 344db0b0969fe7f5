# case: roll the ripening-stage forecaster forward week by week until the predicted stage passes "ready", collecting each week's state in a list -> while loop on tensor value grows a list, expect Graph mode to reject or fail
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

READY_STAGE = 3.0


class RipeningStep(nn.Cell):
    def __init__(self, n_feat=4):
        super().__init__()
        self.cell = nn.Dense(n_feat, n_feat)
        self.stage = nn.Dense(n_feat, 1)

    def construct(self, state):
        nxt = state + 0.1 * ops.tanh(self.cell(state))
        return nxt, ops.softplus(self.stage(nxt)).sum()


class RipeningForecaster(nn.Cell):
    def __init__(self, max_weeks=30):
        super().__init__()
        self.step = RipeningStep()
        self.max_weeks = max_weeks

    def construct(self, state):
        trajectory = []
        stage = Tensor(0.0, ms.float32)
        week = 0
        while stage < READY_STAGE and week < self.max_weeks:
            state, stage = self.step(state)
            trajectory.append(state)
            week += 1
        return ops.stack(trajectory)


def make():
    np.random.seed(3207)
    # pH, moisture, salt, proteolysis index of one wheel
    state = np.array([[5.1, 0.42, 0.018, 0.2]], np.float32)
    return RipeningForecaster(), (Tensor(state),)
