# case: resamples a corrupted tail in a while loop until it differs from every known true tail, appending tried candidates to a list -> while on tensor value with a growing list
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RejectionCorruptor(nn.Cell):
    def __init__(self, num_entities, dim=8, max_tries=10):
        super().__init__()
        self.ent = nn.Embedding(num_entities, dim)
        self.max_tries = max_tries

    def is_true_tail(self, cand, true_tails):
        return (true_tails == cand).any()

    def construct(self, candidate_stream, true_tails):
        tried = []
        i = 0
        cand = candidate_stream[0]
        while self.is_true_tail(cand, true_tails) and i < self.max_tries:
            tried.append(cand)
            i += 1
            cand = candidate_stream[i]
        emb = self.ent(cand)
        return emb, len(tried)


def make():
    np.random.seed(21)
    net = RejectionCorruptor(30)
    stream = Tensor(np.array([4, 9, 4, 17, 2, 8, 1, 3, 5, 6, 7], dtype=np.int32))
    true_tails = Tensor(np.array([4, 9, 12], dtype=np.int32))
    return net, (stream, true_tails)
