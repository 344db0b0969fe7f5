# case: salient-frame selector scores frames, picks the argmax frame per clip and gathers it as the clip thumbnail embedding -> index from data but fixed output shape, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SaliencyConfig:
    def __init__(self, dim=16, hidden=8, return_scores=False):
        self.dim = dim
        self.hidden = hidden
        self.return_scores = return_scores


class SalientFrameSelector(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.scorer = nn.SequentialCell([nn.Dense(config.dim, config.hidden), nn.Tanh(), nn.Dense(config.hidden, 1)])
        self.return_scores = config.return_scores

    def construct(self, frame_feats):
        # frame_feats: (B, T, D)
        scores = self.scorer(frame_feats).squeeze(-1)                # (B, T)
        best = ops.argmax(scores, dim=1)                              # (B,)
        idx = ops.broadcast_to(best[:, None, None], (frame_feats.shape[0], 1, frame_feats.shape[2]))
        thumb = ops.gather_elements(frame_feats, 1, idx).squeeze(1)   # (B, D)
        outputs = (thumb,)
        return outputs + (scores,) if self.return_scores else outputs


def make():
    np.random.seed(129)
    feats = Tensor(np.random.randn(2, 8, 16).astype(np.float32))
    return SalientFrameSelector(SaliencyConfig()), (feats,)
