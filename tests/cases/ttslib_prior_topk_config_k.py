# case: monotonic alignment prior keeps top-k candidate phonemes per frame with k from config (capped by the text shape) -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AlignerConfig:
    def __init__(self, n_mels=16, hidden_size=16, temperature=1.0, prior_top_k=3, sparse_prior=True):
        self.n_mels = n_mels
        self.hidden_size = hidden_size
        self.temperature = temperature
        self.prior_top_k = prior_top_k
        self.sparse_prior = sparse_prior


class AlignmentEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.key_proj = nn.Dense(config.hidden_size, config.hidden_size)
        self.query_proj = nn.Dense(config.n_mels, config.hidden_size)
        self.temperature = config.temperature
        self.top_k = config.prior_top_k
        self.sparse_prior = config.sparse_prior

    def _sparsify(self, scores):
        k = min(self.top_k, scores.shape[-1])
        values, _ = ops.topk(scores, k, dim=-1)
        threshold = values[..., -1:]
        return ops.where(scores >= threshold, scores, ops.full_like(scores, -1e4))

    def construct(self, mel, text_hidden, text_mask=None):
        q = self.query_proj(mel.transpose(0, 2, 1))
        k = self.key_proj(text_hidden)
        scores = -ops.bmm(q, k.transpose(0, 2, 1)) / self.temperature
        if text_mask is not None:
            scores = scores + (1.0 - text_mask.astype(scores.dtype)).expand_dims(1) * -1e4
        if self.sparse_prior:
            scores = self._sparsify(scores)
        return ops.log_softmax(scores, axis=-1)


def make():
    np.random.seed(34)
    cfg = AlignerConfig()
    mel = Tensor(np.random.randn(2, cfg.n_mels, 20).astype(np.float32))
    text = Tensor(np.random.randn(2, 8, cfg.hidden_size).astype(np.float32))
    mask = Tensor(np.arange(8)[None, :] < np.array([[8], [5]]))
    return AlignmentEncoder(cfg), (mel, text, mask)
