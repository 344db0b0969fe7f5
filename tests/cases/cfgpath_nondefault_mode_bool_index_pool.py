# case: sentence encoder whose non-default pooling="nonpad" (chosen by make) averages boolean-indexed tokens -> dynamic shape at line 30
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
from dataclasses import dataclass


@dataclass
class SentenceEncoderConfig:
    vocab_size: int = 30
    dim: int = 8
    pooling: str = "cls"
    pad_id: int = 0


class SentenceEncoder(nn.Cell):
    def __init__(self, cfg: SentenceEncoderConfig):
        super().__init__()
        self.embed = nn.Embedding(cfg.vocab_size, cfg.dim)
        self.encoder = nn.Dense(cfg.dim, cfg.dim)
        self.pooling = cfg.pooling
        self.pad_id = cfg.pad_id

    def construct(self, input_ids):
        h = ops.tanh(self.encoder(self.embed(input_ids)))
        if self.pooling == "cls":
            return h[:, 0]
        if self.pooling == "mean":
            return h.mean(axis=1)
        tokens = h[input_ids != self.pad_id]
        return tokens.mean(axis=0, keep_dims=True)


def make():
    np.random.seed(20)
    ids = Tensor(np.array([[4, 7, 9, 0, 0]], dtype=np.int32))
    return SentenceEncoder(SentenceEncoderConfig(pooling="nonpad")), (ids,)
