# case: milking-session yield normaliser increments a module-level counter of processed batches inside construct -> graph mode global write problem
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

BATCHES_SEEN = 0


class SessionNormaliser(nn.Cell):
    def __init__(self, sessions_per_day=3):
        super().__init__()
        self.sessions = sessions_per_day

    def construct(self, session_kg):
        global BATCHES_SEEN
        BATCHES_SEEN = BATCHES_SEEN + 1
        daily = session_kg.sum(axis=1, keepdims=True)
        share = session_kg / (daily + 1e-6)
        expected = 1.0 / self.sessions
        return share - expected, daily.squeeze(1)


def make():
    np.random.seed(20)
    kg = np.random.uniform(6.0, 16.0, (8, 3)).astype(np.float32)
    return SessionNormaliser(), (Tensor(kg),)
