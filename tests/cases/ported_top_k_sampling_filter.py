# case: generation helper keeps the top_k logits (k from config) and masks the rest below the k-th value -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def top_k_filtering(logits, top_k=0, filter_value=-1e9):
    if top_k > 0:
        top_k = min(top_k, logits.shape[-1])
        kth_value = ops.topk(logits, top_k)[0][..., -1:]
        logits = logits.masked_fill(logits < kth_value, filter_value)
    return logits


class NextTokenSampler(nn.Cell):
    def __init__(self, hidden=8, vocab=20, top_k=5, temperature=0.7):
        super().__init__()
        self.lm_head = nn.Dense(hidden, vocab)
        self.top_k = top_k
        self.temperature = temperature

    def construct(self, hidden_states, gumbel_noise):
        logits = self.lm_head(hidden_states[:, -1, :]) / self.temperature
        logits = top_k_filtering(logits, top_k=self.top_k)
        probs = ops.softmax(logits, -1)
        next_token = (ops.log(probs + 1e-12) + gumbel_noise).argmax(-1)
        return next_token, probs


def make():
    np.random.seed(34)
    hs = np.random.randn(2, 4, 8).astype(np.float32)
    noise = -np.log(-np.log(np.random.rand(2, 20).astype(np.float32) + 1e-9) + 1e-9)
    return NextTokenSampler(), (Tensor(hs), Tensor(noise.astype(np.float32)))
