# case: DIN target attention trims the padded behaviour history to the longest real sequence in the batch inside a helper before scoring -> slice length comes from mask values, expect Graph mode to reject it (or go dynamic)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DINConfig:
    def __init__(self, emb_dim=16, att_hidden=32, trim_padding=True):
        self.emb_dim = emb_dim
        self.att_hidden = att_hidden
        self.trim_padding = trim_padding


def _longest_history(mask):
    return int(mask.sum(axis=1).max())


class TargetAttention(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.trim_padding = config.trim_padding
        self.att_mlp = nn.SequentialCell([
            nn.Dense(4 * config.emb_dim, config.att_hidden), nn.Sigmoid(),
            nn.Dense(config.att_hidden, 1)])

    def _trim(self, hist, mask):
        if self.trim_padding:
            max_len = _longest_history(mask)
            return hist[:, :max_len], mask[:, :max_len]
        return hist, mask

    def construct(self, query, hist, mask):
        hist, mask = self._trim(hist, mask)
        q = ops.broadcast_to(query.expand_dims(1), hist.shape)
        feats = ops.concat((q, hist, q - hist, q * hist), axis=-1)
        scores = self.att_mlp(feats).squeeze(-1) * mask
        return ops.matmul(scores.expand_dims(1), hist).squeeze(1)


def make():
    np.random.seed(3851)
    cfg = DINConfig()
    lengths = np.array([3, 6, 2, 5])
    mask = (np.arange(10)[None, :] < lengths[:, None]).astype(np.float32)
    query = Tensor(np.random.randn(4, 16).astype(np.float32))
    hist = Tensor((np.random.randn(4, 10, 16) * mask[..., None]).astype(np.float32))
    return TargetAttention(cfg), (query, hist, Tensor(mask))
