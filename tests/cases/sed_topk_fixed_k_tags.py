# case: audio tagger returns top-k tag scores and indices with k fixed in the constructor, plus a thresholded multi-hot -> Graph mode should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TopKTagger(nn.Cell):
    def __init__(self, in_dim=20, n_classes=10, k=3, threshold=0.5):
        super().__init__()
        self.head = nn.SequentialCell([nn.Dense(in_dim, 32), nn.ReLU(), nn.Dense(32, n_classes)])
        self.k = k
        self.threshold = threshold

    def construct(self, frame_emb):
        # frame_emb: (batch, frames, in_dim)
        frame_logits = self.head(frame_emb)
        clip_probs = ops.sigmoid(frame_logits).max(axis=1)
        top_vals, top_idx = ops.topk(clip_probs, self.k)
        multi_hot = (clip_probs > self.threshold).astype(ms.float32)
        return top_vals, top_idx, multi_hot


def make():
    np.random.seed(11)
    emb = Tensor(np.random.randn(2, 15, 20).astype(np.float32))
    return TopKTagger(), (emb,)
