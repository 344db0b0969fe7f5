# case: OCR text embedding logs the number of real tokens per page with a print f-string of a tensor sum because config.verbose is on -> print with f-string of tensor in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EmbConfig:
    def __init__(self, vocab_size=100, hidden_size=16, verbose=True):
        self.vocab_size = vocab_size
        self.hidden_size = hidden_size
        self.verbose = verbose


class OCRTextEmbedding(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.emb = nn.Embedding(config.vocab_size, config.hidden_size)
        self.verbose = config.verbose

    def construct(self, input_ids, attention_mask):
        n_tokens = attention_mask.sum()
        if self.verbose:
            print(f"page has {n_tokens} ocr tokens of {input_ids.shape[1]}")
        emb = self.emb(input_ids)
        return emb * attention_mask.expand_dims(-1).astype(emb.dtype)


def make():
    np.random.seed(19)
    ids = Tensor(np.random.randint(0, 100, size=(1, 12)).astype(np.int32))
    mask = np.ones((1, 12), np.int32)
    mask[0, 7:] = 0
    return OCRTextEmbedding(EmbConfig()), (ids, Tensor(mask))
