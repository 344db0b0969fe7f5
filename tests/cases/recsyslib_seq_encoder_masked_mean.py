# case: history encoder with optional attention_mask (built from lengths when None), padding handled by multiplying the mask -> static shapes, Graph mode compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HistoryEncoderConfig:
    def __init__(self, hidden=16, num_layers=2, dropout=0.1, max_len=10):
        self.hidden = hidden
        self.num_layers = num_layers
        self.dropout = dropout
        self.max_len = max_len


def lengths_to_mask(lengths, max_len, dtype=ms.float32):
    positions = ops.arange(max_len).reshape(1, -1)
    return (positions < lengths.reshape(-1, 1)).astype(dtype)


class HistoryEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.max_len = config.max_len
        self.layers = nn.CellList([nn.Dense(config.hidden, config.hidden, activation="relu")
                                   for _ in range(config.num_layers)])
        self.dropout = nn.Dropout(p=config.dropout)

    def construct(self, hist, lengths=None, attention_mask=None):
        if attention_mask is None:
            if lengths is None:
                attention_mask = ops.ones(hist.shape[:2], hist.dtype)
            else:
                attention_mask = lengths_to_mask(lengths, hist.shape[1], hist.dtype)
        h = hist
        for layer in self.layers:
            h = layer(h)
            if self.training:
                h = self.dropout(h)
        m = attention_mask.expand_dims(-1)
        pooled = (h * m).sum(axis=1) / ops.clamp(m.sum(axis=1), min=1.0)
        return pooled


def make():
    np.random.seed(3904)
    cfg = HistoryEncoderConfig()
    hist = Tensor(np.random.randn(3, cfg.max_len, cfg.hidden).astype(np.float32))
    lengths = Tensor(np.array([4, 10, 1]), ms.int32)
    net = HistoryEncoder(cfg)
    net.set_train(False)
    return net, (hist, lengths)
