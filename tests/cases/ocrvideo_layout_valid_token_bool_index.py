# case: layout token classifier embeds boxes, then picks only non-padding tokens by boolean-mask indexing before the loss -> dynamic shape at line 37
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LayoutEmbedding(nn.Cell):
    def __init__(self, vocab=100, hidden=32, max_coord=1024):
        super().__init__()
        self.word = nn.Embedding(vocab, hidden)
        self.x_emb = nn.Embedding(max_coord, hidden)
        self.y_emb = nn.Embedding(max_coord, hidden)
        self.norm = nn.LayerNorm((hidden,))

    def construct(self, input_ids, bbox):
        x0, y0, x1, y1 = bbox[..., 0], bbox[..., 1], bbox[..., 2], bbox[..., 3]
        pos = self.x_emb(x0) + self.y_emb(y0) + self.x_emb(x1) + self.y_emb(y1)
        return self.norm(self.word(input_ids) + pos)


class LayoutTokenClassifier(nn.Cell):
    def __init__(self, vocab=100, hidden=32, num_labels=7, ignore_padding=True):
        super().__init__()
        self.embeddings = LayoutEmbedding(vocab, hidden)
        self.encoder = nn.TransformerEncoderLayer(hidden, 4, 64, batch_first=True)
        self.classifier = nn.Dense(hidden, num_labels)
        self.loss = nn.CrossEntropyLoss()
        self.ignore_padding = ignore_padding

    def construct(self, input_ids, bbox, attention_mask, labels):
        hidden = self.encoder(self.embeddings(input_ids, bbox))
        logits = self.classifier(hidden)
        flat_logits = logits.reshape(-1, logits.shape[-1])
        flat_labels = labels.reshape(-1)
        if self.ignore_padding:
            active = attention_mask.reshape(-1) == 1
            flat_logits = flat_logits[active]
            flat_labels = flat_labels[active]
        return self.loss(flat_logits, flat_labels)


def make():
    np.random.seed(10)
    ids = Tensor(np.random.randint(0, 100, size=(2, 8)).astype(np.int32))
    bbox = Tensor(np.sort(np.random.randint(0, 1000, size=(2, 8, 4)), axis=-1).astype(np.int32))
    mask = Tensor(np.array([[1] * 8, [1] * 5 + [0] * 3], dtype=np.int32))
    labels = Tensor(np.random.randint(0, 7, size=(2, 8)).astype(np.int32))
    return LayoutTokenClassifier(), (ids, bbox, mask, labels)
