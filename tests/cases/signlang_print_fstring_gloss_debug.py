# case: gloss classifier that prints an f-string with the predicted gloss tensor and its score inside construct -> f-string formatting of tensor data in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GlossClassifier(nn.Cell):
    def __init__(self, in_dim=42, num_glosses=10, verbose=True):
        super().__init__()
        self.head = nn.Dense(in_dim, num_glosses)
        self.verbose = verbose

    def construct(self, feats):
        # feats: (B, 42) pooled two-hand features
        logits = self.head(feats)
        probs = ops.softmax(logits, axis=-1)
        pred = probs.argmax(axis=-1)
        if self.verbose:
            print(f"pred gloss={pred} max prob={probs.max()}")
        return pred


def make():
    np.random.seed(11)
    feats = Tensor(np.random.randn(3, 42).astype(np.float32))
    return GlossClassifier(), (feats,)
