# case: safety checker collects the concept scores above threshold with boolean-mask indexing and averages them per flagged item -> dynamic shape at line 30
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConceptHead(nn.Cell):
    def __init__(self, feat_dim=16, num_concepts=6):
        super().__init__()
        self.proj = nn.Dense(feat_dim, 8)
        self.concepts = ms.Parameter(Tensor(np.random.RandomState(0).randn(num_concepts, 8).astype(np.float32)),
                                     name="concepts")

    def construct(self, feats):
        emb = ops.L2Normalize(axis=-1)(self.proj(feats))
        cn = ops.L2Normalize(axis=-1)(self.concepts)
        return ops.matmul(emb, cn.T)


class SafetyChecker(nn.Cell):
    def __init__(self, threshold=0.2, adjustment=0.0):
        super().__init__()
        self.head = ConceptHead()
        self.threshold = threshold
        self.adjustment = adjustment

    def construct(self, image_feats):
        scores = self.head(image_feats) + self.adjustment
        over = scores > self.threshold
        flagged = scores[over]
        severity = flagged.sum() / (flagged.shape[0] + 1e-6)
        has_nsfw = over.any(axis=-1)
        return has_nsfw, severity


def make():
    np.random.seed(3)
    feats = Tensor(np.random.randn(3, 16).astype(np.float32))
    return SafetyChecker(), (feats,)
