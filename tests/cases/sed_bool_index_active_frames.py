# case: keeps the embeddings of frames whose max class probability passes a threshold using boolean-mask indexing, then averages them -> dynamic shape in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ActiveFrameEmbedding(nn.Cell):
    def __init__(self, in_dim=12, n_classes=4, threshold=0.4):
        super().__init__()
        self.cls = nn.Dense(in_dim, n_classes)
        self.threshold = threshold

    def construct(self, emb):
        # emb: (frames, in_dim)
        probs = ops.sigmoid(self.cls(emb))
        frame_score = probs.max(axis=-1)
        keep = frame_score > self.threshold
        active_emb = emb[keep]
        return active_emb.mean(axis=0)


def make():
    np.random.seed(13)
    emb = Tensor(np.random.randn(16, 12).astype(np.float32))
    return ActiveFrameEmbedding(), (emb,)
