# case: utterance-level embedding extractor that loops over the batch, slices each utterance to its own length from the lengths tensor, and stacks the per-utterance means from a Python list -> Graph mode should reject or go dynamic (slice bounds from data)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class XVectorConfig:
    def __init__(self, feat_dim=20, emb_dim=12, normalize=True):
        self.feat_dim = feat_dim
        self.emb_dim = emb_dim
        self.normalize = normalize


class TDNNLayer(nn.Conv1d):
    def __init__(self, in_ch, out_ch, context=3):
        super().__init__(in_ch, out_ch, context, pad_mode="same")

    def construct(self, x):
        return ops.relu(super().construct(x.transpose(0, 2, 1))).transpose(0, 2, 1)


class XVector(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.tdnn = TDNNLayer(config.feat_dim, config.emb_dim)
        self.normalize = config.normalize

    def _pool(self, h, lengths):
        pooled = []
        for i in range(h.shape[0]):
            pooled.append(h[i, :lengths[i]].mean(axis=0))
        return ops.stack(pooled)

    def construct(self, feats, lengths):
        h = self.tdnn(feats)
        emb = self._pool(h, lengths)
        if self.normalize:
            emb = emb / ops.norm(emb, dim=-1, keepdim=True)
        return emb


def make():
    np.random.seed(3336)
    net = XVector(XVectorConfig())
    feats = Tensor(np.random.randn(3, 25, 20).astype(np.float32))
    lengths = Tensor(np.array([25, 16, 9], dtype=np.int32))
    return net, (feats, lengths)
