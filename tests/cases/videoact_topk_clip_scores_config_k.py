# case: video-level scores from top-k frame logits (MIL) with k from config, clamped by the static clip length -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TopKMILHead(nn.Cell):
    """Weakly-supervised action recognition: video score = mean of the top-k frame class scores."""

    def __init__(self, feat_dim=16, num_classes=5, topk_ratio=8):
        super().__init__()
        self.cls = nn.Dense(feat_dim, num_classes)
        self.topk_ratio = topk_ratio

    def num_keep(self, num_frames):
        return max(1, num_frames // self.topk_ratio)

    def construct(self, feats):
        # feats: (B, T, C)
        cas = self.cls(feats)  # class activation sequence (B, T, K)
        k = self.num_keep(feats.shape[1])
        topv, _ = ops.topk(cas.transpose(0, 2, 1), k)
        return ops.softmax(topv.mean(-1), axis=-1), cas


def make():
    np.random.seed(27)
    feats = Tensor(np.random.randn(2, 16, 16).astype(np.float32))
    return TopKMILHead(), (feats,)
