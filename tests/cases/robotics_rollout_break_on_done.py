# case: model-based rollout that stops as soon as the predicted done flag fires and stacks visited states -> compile error at line 33
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LatentDynamics(nn.Cell):
    def __init__(self, state_dim, action_dim, hidden=32):
        super().__init__()
        self.net = nn.SequentialCell(nn.Dense(state_dim + action_dim, hidden), nn.ReLU(),
                                     nn.Dense(hidden, state_dim + 1))

    def construct(self, s, a):
        out = self.net(ops.concat((s, a), axis=-1))
        return s + out[:, :-1], ops.sigmoid(out[:, -1])


class ImaginedRollout(nn.Cell):
    def __init__(self, state_dim=6, action_dim=2, max_steps=8, done_threshold=0.5):
        super().__init__()
        self.model = LatentDynamics(state_dim, action_dim)
        self.policy = nn.Dense(state_dim, action_dim)
        self.max_steps = max_steps
        self.done_threshold = done_threshold

    def construct(self, s0):
        states = [s0]
        s = s0
        for _ in range(self.max_steps):
            a = ops.tanh(self.policy(s))
            s, p_done = self.model(s, a)
            states.append(s)
            if p_done.max() > self.done_threshold:
                break
        traj = ops.stack(states, axis=0)
        return traj


def make():
    np.random.seed(4)
    s0 = Tensor(np.random.randn(1, 6).astype(np.float32))
    return ImaginedRollout(), (s0,)
