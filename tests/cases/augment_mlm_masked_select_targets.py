# case: BERT-style token masking keeps only the masked positions' labels with ops.masked_select before the loss -> dynamic shape at line 28
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskedLMHead(nn.Cell):
    def __init__(self, vocab_size=30, hidden=16, mask_token_id=3, mask_prob=0.15):
        super().__init__()
        self.vocab_size = vocab_size
        self.mask_token_id = mask_token_id
        self.mask_prob = mask_prob
        self.embed = nn.Embedding(vocab_size, hidden)
        self.proj = nn.Dense(hidden, vocab_size)
        self.ce = nn.CrossEntropyLoss()

    def mask_tokens(self, ids):
        probs = ops.rand(ids.shape)
        mask = probs < self.mask_prob
        mask[:, 0] = True  # always predict at least one token
        masked_ids = ops.select(mask, ops.full_like(ids, self.mask_token_id), ids)
        return masked_ids, mask

    def construct(self, ids):
        inputs, mask = self.mask_tokens(ids)
        logits = self.proj(self.embed(inputs))
        flat_mask = mask.reshape(-1)
        labels = ops.masked_select(ids.reshape(-1), flat_mask)
        picked = ops.masked_select(logits.reshape(-1, self.vocab_size), flat_mask.reshape(-1, 1))
        picked = picked.reshape(-1, self.vocab_size)
        return self.ce(picked, labels)


def make():
    np.random.seed(14)
    ids = Tensor(np.random.randint(5, 30, (2, 10)).astype(np.int32))
    return MaskedLMHead(), (ids,)
