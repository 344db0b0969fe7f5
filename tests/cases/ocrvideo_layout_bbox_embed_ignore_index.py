# case: layout token classifier normalises boxes, clips coordinates and masks padding via ignore_index labels -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BoxEmbedding(nn.Cell):
    def __init__(self, hidden=32, max_coord=1000, use_size=True):
        super().__init__()
        self.max_coord = max_coord
        self.use_size = use_size
        self.coord = nn.Embedding(max_coord + 1, hidden)
        self.size = nn.Embedding(max_coord + 1, hidden)

    def construct(self, bbox):
        bbox = ops.clip_by_value(bbox, Tensor(0, ms.int32), Tensor(self.max_coord, ms.int32))
        emb = self.coord(bbox).sum(axis=-2)
        if self.use_size:
            wh = ops.abs(bbox[..., 2:] - bbox[..., :2])
            emb = emb + self.size(wh).sum(axis=-2)
        return emb


class TokenClassifier(nn.Cell):
    def __init__(self, vocab=100, hidden=32, num_labels=7, ignore_index=-100):
        super().__init__()
        self.word = nn.Embedding(vocab, hidden)
        self.box = BoxEmbedding(hidden)
        self.head = nn.Dense(hidden, num_labels)
        self.ignore_index = ignore_index
        self.loss = nn.CrossEntropyLoss(ignore_index=ignore_index)

    def construct(self, input_ids, bbox, attention_mask, labels=None):
        hidden = self.word(input_ids) + self.box(bbox)
        logits = self.head(hidden)
        if labels is None:
            return logits
        fill = ops.full_like(labels, self.ignore_index)
        labels = ops.where(attention_mask == 1, labels, fill)
        return self.loss(logits.reshape(-1, logits.shape[-1]), labels.reshape(-1))


def make():
    np.random.seed(11)
    ids = Tensor(np.random.randint(0, 100, size=(2, 8)).astype(np.int32))
    bbox = Tensor(np.sort(np.random.randint(0, 1000, size=(2, 8, 4)), axis=-1).astype(np.int32))
    mask = Tensor(np.array([[1] * 8, [1] * 5 + [0] * 3], dtype=np.int32))
    labels = Tensor(np.random.randint(0, 7, size=(2, 8)).astype(np.int32))
    return TokenClassifier(), (ids, bbox, mask, labels)
