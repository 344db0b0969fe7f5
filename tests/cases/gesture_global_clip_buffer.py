# case: appends each clip's pooled hand embedding to a module-level global list and averages the buffer in construct -> error or unsupported global mutation in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


EMBED_BUFFER = []
MAX_BUFFER = 4


class StreamingGestureSmoother(nn.Cell):
    def __init__(self, in_dim=42, hidden=12):
        super().__init__()
        self.fc = nn.Dense(in_dim, hidden)

    def construct(self, clip):
        emb = self.fc(clip.reshape(clip.shape[0], -1)).mean(axis=0)
        EMBED_BUFFER.append(emb)
        if len(EMBED_BUFFER) > MAX_BUFFER:
            EMBED_BUFFER.pop(0)
        history = ops.stack(EMBED_BUFFER, axis=0)
        return history.mean(axis=0)


def make():
    np.random.seed(32)
    EMBED_BUFFER.clear()
    clip = Tensor(np.random.randn(8, 21, 2).astype(np.float32))
    return StreamingGestureSmoother(), (clip,)
