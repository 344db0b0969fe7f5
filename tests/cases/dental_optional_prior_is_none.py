# case: tooth classifier that adds an optional positional prior only when it is not None -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ToothTypeClassifier(nn.Cell):
    """Incisor / canine / premolar / molar from ROI features with an optional arch-position prior."""

    def __init__(self, feat_dim=20, num_types=4, prior_weight=0.5):
        super().__init__()
        self.fc = nn.Dense(feat_dim, num_types)
        self.prior_weight = prior_weight

    def construct(self, roi_feats, position_prior=None):
        logits = self.fc(roi_feats)
        if position_prior is not None:
            logits = logits + self.prior_weight * ops.log(position_prior + 1e-6)
        probs = ops.softmax(logits, axis=-1)
        return probs, ops.argmax(probs, dim=-1)


def make():
    np.random.seed(21)
    feats = np.random.randn(16, 20).astype(np.float32)
    prior = np.random.dirichlet(np.ones(4), size=16).astype(np.float32)
    return ToothTypeClassifier(), (Tensor(feats), Tensor(prior))
