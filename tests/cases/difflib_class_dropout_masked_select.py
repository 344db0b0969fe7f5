# case: class-conditional label embedder in training mode keeps only non-dropped labels with ops.masked_select before the embedding lookup -> data-dependent length, dynamic shape in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LabelEmbedConfig:
    num_classes = 10
    hidden_size = 16
    class_dropout_prob = 0.1


class LabelEmbedding(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.num_classes = config.num_classes
        self.dropout_prob = config.class_dropout_prob
        use_cfg_embedding = int(self.dropout_prob > 0)
        self.embedding_table = nn.Embedding(config.num_classes + use_cfg_embedding, config.hidden_size)

    def token_drop(self, labels, force_drop_ids=None):
        if force_drop_ids is None:
            drop_ids = ops.rand(labels.shape) < self.dropout_prob
        else:
            drop_ids = force_drop_ids == 1
        kept = ops.masked_select(labels, ops.logical_not(drop_ids))
        return kept

    def construct(self, labels, force_drop_ids=None):
        if self.training and self.dropout_prob > 0:
            labels = self.token_drop(labels, force_drop_ids)
        return self.embedding_table(labels)


def make():
    np.random.seed(6)
    cell = LabelEmbedding(LabelEmbedConfig())
    cell.set_train(True)
    labels = Tensor(np.array([1, 3, 5, 7], np.int32))
    force = Tensor(np.array([0, 1, 0, 0], np.int32))
    return cell, (labels, force)
