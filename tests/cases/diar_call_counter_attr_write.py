# case: online diarizer that counts processed chunks and stores the last speaker count by writing plain Python attributes on self inside construct -> attribute writes on self in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OnlineDiarizer(nn.Cell):
    def __init__(self, in_dim=10, n_speakers=3):
        super().__init__()
        self.classifier = nn.Dense(in_dim, n_speakers)
        self.chunks_seen = 0
        self.last_active = None

    def construct(self, chunk):
        # chunk: (T, F)
        post = ops.softmax(self.classifier(chunk), axis=-1)
        active = (post.max(axis=0) > 0.5).astype(ms.int32)
        self.chunks_seen += 1
        self.last_active = active.sum()
        return post, active


def make():
    np.random.seed(23)
    chunk = Tensor(np.random.randn(8, 10).astype(np.float32))
    return OnlineDiarizer(), (chunk,)
