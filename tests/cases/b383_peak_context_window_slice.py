# case: keyword verifier cuts a fixed-width context window of features around the frame where the keyword posterior peaks (start index from argmax) and re-scores it -> slice start comes from tensor data, width is constant; Graph mode decides
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

CONTEXT_LEFT = 6
CONTEXT_RIGHT = 6


class VerifierConfig:
    def __init__(self, feat_dim=40, keyword_id=2, hidden=16):
        self.feat_dim = feat_dim
        self.keyword_id = keyword_id
        self.hidden = hidden


class SecondStageVerifier(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.keyword_id = config.keyword_id
        width = CONTEXT_LEFT + CONTEXT_RIGHT
        self.score = nn.SequentialCell([nn.Dense(width * config.feat_dim, config.hidden), nn.Tanh(),
                                        nn.Dense(config.hidden, 1)])

    def _peak(self, posteriors):
        peak = ops.argmax(posteriors[:, self.keyword_id])
        return ops.clamp(peak, CONTEXT_LEFT, posteriors.shape[0] - CONTEXT_RIGHT)

    def construct(self, feats, posteriors):
        p = self._peak(posteriors)
        window = feats[p - CONTEXT_LEFT:p + CONTEXT_RIGHT]
        return ops.sigmoid(self.score(window.reshape(1, -1)))


def make():
    np.random.seed(38318)
    feats = Tensor(np.random.randn(49, 40).astype(np.float32))
    post = np.random.rand(49, 4).astype(np.float32)
    post[25, 2] = 3.0
    return SecondStageVerifier(VerifierConfig()), (feats, Tensor(post))
