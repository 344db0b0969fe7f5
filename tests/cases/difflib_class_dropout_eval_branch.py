# case: class-conditional label embedder whose masked_select token drop sits under `if self.training`, run in eval mode -> branch never taken, compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
from typing import Optional


class LabelEmbedConfig:
    num_classes = 10
    hidden_size = 16
    class_dropout_prob = 0.1


class LabelEmbedding(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.num_classes = config.num_classes
        self.dropout_prob = config.class_dropout_prob
        self.embedding_table = nn.Embedding(config.num_classes + 1, config.hidden_size)

    def token_drop(self, labels, force_drop_ids: Optional[Tensor] = None):
        drop_ids = ops.rand(labels.shape) < self.dropout_prob if force_drop_ids is None else force_drop_ids == 1
        dropped = ops.masked_select(labels, drop_ids)
        return ops.cat([ops.masked_select(labels, ~drop_ids), ops.full_like(dropped, self.num_classes)])

    def construct(self, labels, force_drop_ids: Optional[Tensor] = None):
        if self.training and self.dropout_prob > 0:
            labels = self.token_drop(labels, force_drop_ids)
        elif force_drop_ids is not None:
            labels = ops.where(force_drop_ids == 1, ops.full_like(labels, self.num_classes), labels)
        return self.embedding_table(labels)


class ClassConditioner(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.label_emb = LabelEmbedding(config)
        self.proj = nn.Dense(config.hidden_size, config.hidden_size)

    def construct(self, temb, class_labels: Optional[Tensor] = None, force_drop_ids=None):
        if class_labels is None:
            return temb
        return temb + self.proj(self.label_emb(class_labels, force_drop_ids))


def make():
    np.random.seed(7)
    cell = ClassConditioner(LabelEmbedConfig())
    cell.set_train(False)
    temb = Tensor(np.random.randn(4, 16).astype(np.float32))
    labels = Tensor(np.array([1, 3, 5, 7], np.int32))
    force = Tensor(np.array([0, 1, 0, 0], np.int32))
    return cell, (temb, labels, force)
