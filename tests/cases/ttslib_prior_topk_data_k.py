# case: monotonic alignment prior keeps the top-k candidate phonemes per frame where k is the number of phonemes read from the length tensor -> dynamic or error (topk k from data)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AlignerConfig:
    def __init__(self, n_mels=16, hidden_size=16, temperature=1.0):
        self.n_mels = n_mels
        self.hidden_size = hidden_size
        self.temperature = temperature


class AlignmentEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.key_proj = nn.Dense(config.hidden_size, config.hidden_size)
        self.query_proj = nn.Dense(config.n_mels, config.hidden_size)
        self.temperature = config.temperature

    def _sparsify(self, scores, text_lens):
        k = text_lens.min()
        values, _ = ops.topk(scores, k, dim=-1)
        threshold = values[..., -1:]
        return ops.where(scores >= threshold, scores, ops.full_like(scores, -1e4))

    def construct(self, mel, text_hidden, text_lens):
        q = self.query_proj(mel.transpose(0, 2, 1))
        k = self.key_proj(text_hidden)
        scores = -ops.bmm(q, k.transpose(0, 2, 1)) / self.temperature
        scores = self._sparsify(scores, text_lens)
        return ops.log_softmax(scores, axis=-1)


def make():
    np.random.seed(33)
    cfg = AlignerConfig()
    mel = Tensor(np.random.randn(2, cfg.n_mels, 20).astype(np.float32))
    text = Tensor(np.random.randn(2, 8, cfg.hidden_size).astype(np.float32))
    lens = Tensor(np.array([8, 5], dtype=np.int32))
    return AlignmentEncoder(cfg), (mel, text, lens)
