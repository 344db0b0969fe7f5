# case: codec language-model helper flattens the audio codes of valid frames only by boolean-mask indexing the code tensor with a padding mask built from lengths -> Graph mode gets a data-dependent number of codes (dynamic or error)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TokenizerConfig:
    def __init__(self, num_codebooks=4, codebook_size=64, embed_dim=16, flatten_valid_only=True):
        self.num_codebooks = num_codebooks
        self.codebook_size = codebook_size
        self.embed_dim = embed_dim
        self.flatten_valid_only = flatten_valid_only


def lengths_to_mask(lengths, max_len):
    return ops.arange(max_len)[None, :] < lengths[:, None]


class CodeTokenEmbedding(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.flatten_valid_only = config.flatten_valid_only
        self.embeddings = nn.CellList([nn.Embedding(config.codebook_size, config.embed_dim)
                                       for _ in range(config.num_codebooks)])

    def construct(self, codes, lengths):
        # codes: (B, K, T)
        emb = sum([embed(codes[:, k]) for k, embed in enumerate(self.embeddings)])
        if self.flatten_valid_only:
            mask = lengths_to_mask(lengths, codes.shape[-1])
            return emb[mask]
        return emb.reshape(-1, emb.shape[-1])


def make():
    np.random.seed(35936)
    tok = CodeTokenEmbedding(TokenizerConfig())
    codes = Tensor(np.random.randint(0, 64, size=(3, 4, 20)).astype(np.int32))
    lengths = Tensor(np.array([20, 13, 7], dtype=np.int32))
    return tok, (codes, lengths)
