# case: a sampled-softmax style head that computes the unique token ids in the batch with ops.unique and embeds only those, so the vocabulary subset size is dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SampledOutput(nn.Cell):
    def __init__(self, vocab=30, hidden=8, temperature=1.0):
        super().__init__()
        self.out_embed = nn.Embedding(vocab, hidden)
        self.out_bias = nn.Embedding(vocab, 1)
        self.temperature = temperature

    def construct(self, hidden_states, target_ids):
        uniq_ids, inverse = ops.unique(target_ids.view(-1))
        weights = self.out_embed(uniq_ids)
        bias = self.out_bias(uniq_ids).squeeze(-1)
        logits = ops.matmul(hidden_states, weights.T) + bias
        logits = logits / self.temperature
        # targets re-indexed into the sampled vocabulary
        new_targets = inverse.view(target_ids.shape)
        return logits, new_targets


def make():
    hs = Tensor(np.random.randn(2, 4, 8).astype(np.float32))
    ids = Tensor(np.array([[1, 2, 2, 5], [5, 7, 1, 1]], np.int32))
    return SampledOutput(), (hs, ids)
