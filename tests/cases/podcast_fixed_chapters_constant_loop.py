# case: split transcript sentence embeddings into a constructor-fixed number of equal chapters with a constant for-loop and classify each chapter's topic -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FixedChapterTopics(nn.Cell):
    def __init__(self, n_chapters=4, dim=12, n_topics=5):
        super().__init__()
        self.n_chapters = n_chapters
        self.topic = nn.Dense(dim, n_topics)

    def construct(self, sent_emb):
        per = sent_emb.shape[0] // self.n_chapters
        logits = []
        for c in range(self.n_chapters):
            chunk = sent_emb[c * per:(c + 1) * per]
            logits.append(self.topic(chunk.mean(axis=0, keep_dims=True)))
        logits = ops.concat(logits, axis=0)
        return ops.argmax(logits, dim=-1), ops.softmax(logits, axis=-1)


def make():
    np.random.seed(106)
    emb = Tensor(np.random.randn(20, 12).astype(np.float32))
    return FixedChapterTopics(), (emb,)
