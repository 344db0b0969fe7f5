# case: keyword-to-phone graph scorer keeps a sparse CSR lexicon matrix, builds ms.CSRTensor in construct and multiplies it with the frame-averaged phone posteriors -> sparse CSR op in construct, Graph mode on CPU decides
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

LEXICON = {
    "hey": [3, 7],
    "mind": [9, 1, 4],
    "spore": [5, 2, 8, 6],
}
NUM_PHONES = 10


def lexicon_to_csr(lexicon, num_phones):
    indptr, indices, values = [0], [], []
    for word in sorted(lexicon):
        phones = lexicon[word]
        indices.extend(sorted(phones))
        values.extend([1.0 / len(phones)] * len(phones))
        indptr.append(len(indices))
    return (np.array(indptr, np.int32), np.array(indices, np.int32),
            np.array(values, np.float32), (len(lexicon), num_phones))


class LexiconScorer(nn.Cell):
    def __init__(self, lexicon=None, num_phones=NUM_PHONES):
        super().__init__()
        lexicon = LEXICON if lexicon is None else lexicon
        indptr, indices, values, shape = lexicon_to_csr(lexicon, num_phones)
        self.indptr = Tensor(indptr)
        self.indices = Tensor(indices)
        self.values = Tensor(values)
        self.lex_shape = shape

    def construct(self, phone_post):
        avg = phone_post.mean(axis=0).reshape(-1, 1)
        lex = ms.CSRTensor(self.indptr, self.indices, self.values, self.lex_shape)
        return lex.mv(avg).reshape(-1)


def make():
    np.random.seed(38310)
    post = np.random.rand(49, NUM_PHONES).astype(np.float32)
    post /= post.sum(-1, keepdims=True)
    return LexiconScorer(), (Tensor(post),)
