# case: transition builder drops the last observation when any env in the batch reports done, otherwise keeps the full window -> an if on tensor values whose branches leave different shapes should fail in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TransitionBuilder(nn.Cell):
    def __init__(self, frame_stack=1, drop_terminal=True):
        super().__init__()
        self.frame_stack = frame_stack
        self.drop_terminal = drop_terminal

    def _maybe_drop(self, obs_seq, dones):
        if self.drop_terminal and dones.any():
            obs_seq = obs_seq[:-1]
        return obs_seq

    def construct(self, obs_seq, dones):
        obs_seq = self._maybe_drop(obs_seq, dones)
        current, following = obs_seq[:-1], obs_seq[1:]
        return ops.concat([current, following], -1)


def make():
    np.random.seed(71)
    obs = Tensor(np.random.randn(9, 4).astype(np.float32))
    dones = Tensor(np.array([0, 0, 0, 0, 1, 0, 0, 0, 0], np.float32))
    return TransitionBuilder(), (obs, dones)
