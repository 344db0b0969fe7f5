# case: per-action prototype features via unsorted_segment_sum where num_segments comes from the max label in the batch -> dynamic shape at line 16
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ActionPrototypes(nn.Cell):
    """Computes class prototypes of frame embeddings for few-shot action recognition."""

    def __init__(self, feat_dim=10, embed_dim=8):
        super().__init__()
        self.embed = nn.Dense(feat_dim, embed_dim)

    def prototypes(self, emb, labels):
        num_actions = labels.max() + 1
        sums = ops.unsorted_segment_sum(emb, labels, num_actions)
        counts = ops.unsorted_segment_sum(ops.ones_like(labels).astype(ms.float32), labels, num_actions)
        return sums / ops.maximum(counts, 1.0).expand_dims(-1)

    def construct(self, frame_feats, frame_labels):
        emb = ops.L2Normalize(axis=-1)(self.embed(frame_feats))
        protos = self.prototypes(emb, frame_labels)
        return ops.matmul(emb, protos.T)


def make():
    np.random.seed(17)
    feats = Tensor(np.random.randn(10, 10).astype(np.float32))
    labels = Tensor(np.array([0, 0, 1, 2, 2, 1, 3, 3, 0, 1], dtype=np.int32))
    return ActionPrototypes(), (feats, labels)
