# case: sentence classifier that trims the padded batch to the longest real sequence before encoding -> dynamic shape at line 17
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TrimmedBagClassifier(nn.Cell):
    def __init__(self, vocab_size=50, embed_dim=12, num_labels=3, pad_id=0):
        super().__init__()
        self.pad_id = pad_id
        self.embed = nn.Embedding(vocab_size, embed_dim, padding_idx=pad_id)
        self.proj = nn.Dense(embed_dim, embed_dim, activation="tanh")
        self.head = nn.Dense(embed_dim, num_labels)

    def _trim_batch(self, input_ids, attention_mask):
        longest = attention_mask.sum(axis=1).max()
        return input_ids[:, :longest], attention_mask[:, :longest]

    def _masked_mean(self, x, mask):
        m = mask.astype(x.dtype).expand_dims(-1)
        return (x * m).sum(axis=1) / m.sum(axis=1)

    def construct(self, input_ids, attention_mask):
        input_ids, attention_mask = self._trim_batch(input_ids, attention_mask)
        h = self.proj(self.embed(input_ids))
        return self.head(self._masked_mean(h, attention_mask))


def make():
    np.random.seed(3)
    ids = np.zeros((3, 10), dtype=np.int32)
    lens = [5, 3, 6]
    for i, n in enumerate(lens):
        ids[i, :n] = np.random.randint(1, 50, size=n)
    mask = (ids != 0).astype(np.int32)
    return TrimmedBagClassifier(), (Tensor(ids), Tensor(mask))
