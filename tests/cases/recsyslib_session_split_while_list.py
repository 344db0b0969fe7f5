# case: session splitter walks a tensor counter in a while loop and appends one session-mean vector per real session to a Python list -> list grown in a data-driven loop, Graph mode rejects
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SplitConfig:
    embed_dim = 8
    max_sessions = 4
    pool = "mean"


class SessionSplitter(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.max_sessions = config.max_sessions
        self.proj = nn.Dense(config.embed_dim, config.embed_dim)

    def _session_vectors(self, events, session_ids, num_sessions):
        outs = []
        s = Tensor(0, ms.int32)
        while s < num_sessions:
            m = (session_ids == s).astype(events.dtype).expand_dims(-1)
            outs.append((events * m).sum(axis=0) / ops.maximum(m.sum(), 1.0))
            s = s + 1
        return outs

    def construct(self, events, session_ids, num_sessions):
        vecs = self._session_vectors(self.proj(events), session_ids, num_sessions)
        return ops.stack(vecs, axis=0)


def make():
    np.random.seed(3929)
    events = Tensor(np.random.randn(7, 8).astype(np.float32))
    session_ids = Tensor(np.array([0, 0, 1, 1, 1, 2, 2]), ms.int32)
    num_sessions = Tensor(3, ms.int32)
    return SessionSplitter(SplitConfig()), (events, session_ids, num_sessions)
